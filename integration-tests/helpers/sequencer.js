/**
 * Test order for the app's suites, so two Jest workers finish together:
 *  - HTTP: the grouped files (integration-tests/http/groups/, the longest by
 *    far) first, then the rest as Jest orders them (previous durations, else
 *    file size). Without it a clean checkout would start with the big single
 *    files and leave two long groups for the end, one worker idle while the
 *    other finishes.
 *  - unit: the script tests that run whole apps (the plugin install test,
 *    the resilience drills) first, one per worker; the short specs follow on
 *    whichever worker frees first.
 */
const Sequencer = require("@jest/test-sequencer").default

const LONG_SCRIPTS = ["plugin-install.spec.ts", "drills.spec.ts"]

class AppSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    const rank = (t) => {
      if (/[\\/]integration-tests[\\/]http[\\/]groups[\\/]/.test(t.path))
        return 0
      const script = t.path.match(
        /[\\/]integration-tests[\\/]scripts[\\/]([^\\/]+)$/
      )
      if (script && LONG_SCRIPTS.includes(script[1]))
        return LONG_SCRIPTS.indexOf(script[1])
      return LONG_SCRIPTS.length
    }
    // Array.prototype.sort is stable: Jest's order holds within a rank.
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}

module.exports = AppSequencer
