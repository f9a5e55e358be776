package org.ltcare.web.assessor;

import jakarta.faces.context.FacesContext;

/** The case a page is about (?application=id), read before the view is built; null when absent or not a number. */
final class CaseParameter {

    private CaseParameter() {
    }

    static Long applicationId() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("application");
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
