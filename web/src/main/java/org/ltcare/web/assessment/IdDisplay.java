package org.ltcare.web.assessment;

import org.ltcare.insured.IdNumber;
import org.ltcare.shared.security.Actor;

/** ID numbers on screens: in full only for roles that need them, masked (3701**********1234) for all others. */
public final class IdDisplay {

    private IdDisplay() {
    }

    public static String of(Actor actor, IdNumber idNumber) {
        return idNumber.shownTo(actor);
    }
}
