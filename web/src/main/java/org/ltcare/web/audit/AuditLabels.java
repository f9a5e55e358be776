package org.ltcare.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ltcare.web.i18n.LanguageSwitch;
import org.ltcare.web.i18n.Messages;

/**
 * Names of the audit trail's object types and actions in the user's language. An entry written by an older
 * version may carry a code without a name: the code is shown as it is rather than nothing.
 */
@Named
@RequestScoped
public class AuditLabels {

    @Inject
    private LanguageSwitch language;

    public String type(String type) {
        return label("audit.type.", type);
    }

    public String action(String action) {
        return label("audit.action.", action);
    }

    private String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        return Messages.find(Messages.AUDIT_BUNDLE, language.getLocale(), prefix + code).orElse(code);
    }
}
