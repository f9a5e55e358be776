package org.ltcare.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.twofactor.TwoFactorService;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Formats;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.security.AccountGate;

/**
 * 两步验证: the user's own second factor. Not enrolled: a secret as a QR code and as text, confirmed by a first
 * code; then the ten recovery codes, shown this once. Enrolled: since when, the codes left, new recovery codes.
 * A login whose role requires it comes here (after 修改密码) before any other page.
 */
@Named
@ViewScoped
public class TwoFactorPage extends Page {

    @Inject
    private TwoFactorService twoFactor;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private TwoFactorService.Enrolment enrolment;
    private List<String> recoveryCodes = List.of();
    private String code;
    private String renewCode;

    private transient UserAccount account;

    private UserAccount account() {
        if (account == null) {
            account = twoFactor.own(actor);
        }
        return account;
    }

    public boolean isEnrolled() {
        return account().isSecondFactorEnrolled();
    }

    public boolean isRequired() {
        return account().requiresSecondFactor();
    }

    public String getUsername() {
        return account().getUsername();
    }

    public String getEnrolledSince() {
        return messages.format("twoFactor.enrolledSince", formats.dateTime(account().getTotpEnrolledAt()),
                String.valueOf(account().getUnusedRecoveryCodes()));
    }

    /** The secret offered on this page (one per view: a reload offers a new one). */
    public TwoFactorService.Enrolment getEnrolment() {
        if (enrolment == null && !isEnrolled()) {
            enrolment = twoFactor.begin(actor);
        }
        return enrolment;
    }

    public void confirm() {
        try {
            recoveryCodes = twoFactor.confirm(actor, enrolment == null ? null : enrolment.secret(), code);
            enrolment = null;
            account = null;
            AccountGate.enrolled(session());
            errors.info("twoFactor.enrolled");
        } catch (BusinessException e) {
            errors.show(e, "enrolForm");
        }
        code = null;
    }

    public void renew() {
        try {
            recoveryCodes = twoFactor.renewRecoveryCodes(actor, renewCode);
            account = null;
            errors.info("twoFactor.renewed");
        } catch (BusinessException e) {
            errors.show(e, "renewForm");
        }
        renewCode = null;
    }

    /** The user has noted the recovery codes: on to work. */
    public String done() {
        return "/home?faces-redirect=true";
    }

    public boolean isShowingRecoveryCodes() {
        return !recoveryCodes.isEmpty();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    private static HttpSession session() {
        return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRenewCode() {
        return renewCode;
    }

    public void setRenewCode(String renewCode) {
        this.renewCode = renewCode;
    }
}
