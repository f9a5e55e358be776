package org.ltcare.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.ltcare.shared.security.Actor;
import org.ltcare.web.i18n.FacesErrors;

/**
 * What every page's backing bean has: the user it acts for, whom its services ask about, and where its messages and
 * refusals go. Serializable, as a view-scoped bean's state may be passivated with the view.
 */
public abstract class Page implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected Actor actor;

    @Inject
    protected FacesErrors errors;
}
