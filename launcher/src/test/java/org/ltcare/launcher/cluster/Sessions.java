package org.ltcare.launcher.cluster;

import java.util.Map;

/** The users of the cluster test: officers on a given node, nurses through the balancer kept on a given node. */
final class Sessions {

    private static final int TRIES = 12;

    private Sessions() {
    }

    static FacesUser login(String url, String username, String totpSecret) {
        return new FacesUser(url).login(username, password(username), totpSecret);
    }

    /** A nurse logged in through the balancer whose session the balancer keeps on {@code node}. */
    static FacesUser nurseOn(String balancer, String node) {
        for (int i = 0; i < TRIES; i++) {
            FacesUser nurse = new FacesUser(balancer).login("nurse", "nurse", null);
            if (nurse.route().equals(node)) {
                return nurse;
            }
        }
        throw new IllegalStateException("the balancer gave no session of " + node + " in " + TRIES + " logins");
    }

    /**
     * After its node was killed, the nurse's next page comes from another node, logged in, and the form of the page
     * the lost node rendered is answered there.
     */
    static void continuesAfterTheKill(Checks checks, FacesUser nurse, String grid, String lost, long killedAt,
                                      String month) {
        nurse.open("/care/bed-days.xhtml");
        checks.that("the nurse's next page answered by " + nurse.route() + " (" + lost + " lost), "
                + ClusterScenarios.seconds(killedAt) + " after the kill", nurse.status() == 200
                && !nurse.route().equals(lost) && !nurse.route().isEmpty());
        checks.that("still logged in, 床日登记 shown (" + nurse.messages() + ")",
                nurse.page().contains("id=\"currentUser\"") && nurse.page().contains("id=\"monthForm\""));
        nurse.submit(grid, "monthForm", "monthForm:show", Map.of("monthForm:month", month));
        checks.that("the form of the page " + lost + " rendered, posted for " + month + ", answered",
                nurse.status() == 200 && nurse.page().matches("(?s).*id=\"monthForm:month\"[^>]*value=\"" + month
                        + "\".*"));
    }

    private static String password(String username) {
        return username; // the demo's logins (demo-logins.txt)
    }
}
