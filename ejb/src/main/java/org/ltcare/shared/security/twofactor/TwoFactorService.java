package org.ltcare.shared.security.twofactor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.audit.SecurityEvent;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.security.account.AccountView;

/**
 * A user's own second factor (等保 2.0 身份鉴别, two kinds of credential): enrolment with a secret the phone reads
 * from a QR code, confirmed by a first code, with ten recovery codes shown once; renewal of the recovery codes. The
 * security administrator's reset is {@code AccountService.resetSecondFactor}. Every change is audited and a
 * security event.
 */
@Stateless
public class TwoFactorService {

    /** Shown in the QR code's label and by the authenticator app above the code. */
    public static final String ISSUER = "LTC Case Manager";

    /** A secret offered for enrolment: kept by the page only until the user confirms it with a code. */
    public record Enrolment(String secret, String otpauthUri, String qrDataUri) implements Serializable {

        public String getSecret() {
            return secret;
        }

        /** The secret in groups of four, as it is typed into an app by hand. */
        public String getGroupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }

        public String getQrDataUri() {
            return qrDataUri;
        }
    }

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public UserAccount own(Actor actor) {
        return accounts.of(actor);
    }

    /** A new secret for the user's phone; nothing is stored until {@link #confirm}. */
    public Enrolment begin(Actor actor) {
        UserAccount account = own(actor);
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.otpauthUri(secret, account.getUsername(), ISSUER),
                Totp.qrDataUri(secret, account.getUsername(), ISSUER));
    }

    /**
     * The phone shows codes of {@code secret}: {@code code} proves it, the second factor is enrolled (replacing one
     * enrolled before) and the ten recovery codes are returned, the only time they are seen.
     */
    public List<String> confirm(Actor actor, String secret, String code) {
        UserAccount account = own(actor);
        Instant now = clock.instant();
        if (secret == null || Totp.matchingStep(secret, code, now).isEmpty()) {
            throw new ValidationException(List.of(new FieldError("code", "twoFactor.code.wrong")));
        }
        AccountView before = AccountView.of(account);
        List<String> codes = RecoveryCodes.generate();
        account.enrolSecondFactor(secret, codes.stream().map(RecoveryCodes::hash).toList(), now);
        account.acceptTimeStep(Totp.matchingStep(secret, code, now).getAsLong());
        audit.record(actor, "ENROL_SECOND_FACTOR", before.auditState(), AccountView.of(account));
        audit.security(actor.username(), actor.organisationId(), SecurityEvent.TWO_FACTOR_ENROLLED,
                actor.username(), Map.of());
        return codes;
    }

    /** Ten new recovery codes for ten old ones (used up, or seen by someone), with a code from the phone. */
    public List<String> renewRecoveryCodes(Actor actor, String code) {
        UserAccount account = own(actor);
        if (!SecondFactorCheck.totp(account, code, clock.instant())) {
            throw new ValidationException(List.of(new FieldError("renewCode", "twoFactor.code.wrong")));
        }
        List<String> codes = RecoveryCodes.generate();
        account.replaceRecoveryCodes(codes.stream().map(RecoveryCodes::hash).toList());
        audit.security(actor.username(), actor.organisationId(), SecurityEvent.RECOVERY_CODES_RENEWED,
                actor.username(), Map.of());
        return codes;
    }
}
