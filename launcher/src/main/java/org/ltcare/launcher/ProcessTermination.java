package org.ltcare.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ends processes politely (SIGTERM), and forcibly (SIGKILL) those still alive after a grace period. */
final class ProcessTermination {

    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private ProcessTermination() {
    }

    /** @return true if all of them are gone */
    static boolean terminate(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        boolean allGone = true;
        for (ProcessHandle p : processes) {
            if (!awaitExit(p, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                p.destroyForcibly();
                allGone &= awaitExit(p, AFTER_KILL);
            }
        }
        return allGone;
    }

    private static boolean awaitExit(ProcessHandle p, Duration timeout) {
        if (!p.isAlive()) {
            return true;
        }
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (ExecutionException e) {
            return !p.isAlive();
        }
    }
}
