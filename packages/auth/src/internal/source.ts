/** The package name that prefixes every error message raised here: `[@kybkit/auth] …`. */
export const SOURCE = '@kybkit/auth';
