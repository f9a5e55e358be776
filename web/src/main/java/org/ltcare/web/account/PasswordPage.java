package org.ltcare.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.account.AccountService;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Formats;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.security.AccountGate;

/**
 * 修改密码: every user's own password, and what they should know of their logins (the previous one, wrong
 * passwords since). A one-time password leads here at login and nowhere else until it is changed.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    private AccountService accounts;

    @Inject
    private Actor actor;

    @Inject
    private FacesErrors errors;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private String current;
    private String chosen;
    private String repeated;
    private UserAccount account;

    public String change() {
        try {
            accounts.changeOwnPassword(actor, current, chosen, repeated);
            HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext()
                    .getSession(false);
            AccountGate.passwordChanged(session);
            errors.info("password.changed");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            account = accounts.own(actor);
            // A role that requires a second factor enrols it next (the account gate would send them there anyway).
            return account.requiresSecondFactor() && !account.isSecondFactorEnrolled()
                    ? "/account/two-factor?faces-redirect=true" : "/home?faces-redirect=true";
        } catch (BusinessException e) {
            errors.show(e, "passwordForm");
            return null;
        }
    }

    private UserAccount account() {
        if (account == null) {
            account = accounts.own(actor);
        }
        return account;
    }

    public boolean isMustChange() {
        return account().isMustChangePassword();
    }

    /** The login before this one and the wrong passwords since, or that this is the first. */
    public String getLastLogin() {
        UserAccount own = account();
        if (own.getPreviousLoginAt() == null) {
            return messages.get("password.firstLogin");
        }
        return messages.format("password.lastLogin", formats.dateTime(own.getPreviousLoginAt()),
                String.valueOf(own.getFailedBeforeLogin()));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
