package org.ltcare.launcher.cluster;

/** What the cluster test checked, printed as it goes; the exit code says whether all held. */
final class Checks {

    private int passed;
    private int failed;

    void that(String what, boolean held) {
        System.out.println((held ? "  ok   " : "  FAIL ") + what);
        if (held) {
            passed++;
        } else {
            failed++;
        }
    }

    int report() {
        ClusterScenarios.say(failed == 0 ? "passed (" + passed + " checks)" : failed + " of " + (passed + failed)
                + " checks failed");
        return failed == 0 ? 0 : 1;
    }
}
