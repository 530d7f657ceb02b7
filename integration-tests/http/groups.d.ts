/** Types of groups.js (CommonJS: jest.config.js reads it too). */
export const groups: Record<string, string[]>
export const grouped: string[]
