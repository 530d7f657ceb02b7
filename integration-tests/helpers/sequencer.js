/**
 * HTTP test order: the grouped files (integration-tests/http/groups/, the
 * longest by far) first, then the rest as Jest orders them (previous
 * durations, else file size). Without it a clean checkout would start with
 * the big single files and leave two long groups for the end, one worker
 * idle while the other finishes.
 */
const Sequencer = require("@jest/test-sequencer").default

class HttpSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    const isGroup = (t) =>
      /[\\/]integration-tests[\\/]http[\\/]groups[\\/]/.test(t.path)
    return [...sorted.filter(isGroup), ...sorted.filter((t) => !isGroup(t))]
  }
}

module.exports = HttpSequencer
