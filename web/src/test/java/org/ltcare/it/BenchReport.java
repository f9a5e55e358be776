package org.ltcare.it;

/** What a benchmark prints ("[bench] …"), nothing while it warms the server up; and its clock. */
final class BenchReport {

    /** A benchmark's step that may fail. */
    interface Step {
        void run() throws Exception;
    }

    private boolean silent;

    /** Runs {@code step} with nothing printed: a server just started compiles its hot code while it works. */
    void warmUp(Step step) throws Exception {
        silent = true;
        try {
            step.run();
        } finally {
            silent = false;
        }
    }

    void print(String format, Object... arguments) {
        if (!silent) {
            System.out.println("[bench] " + String.format(format, arguments));
        }
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
