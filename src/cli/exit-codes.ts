export const EXIT_OK = 0;
/** A brief (or another unit of work) failed; the others may have succeeded. */
export const EXIT_FAILED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;
/** Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;
