package org.ltcare.institution.apiclient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.PasswordHasher;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * API credentials of an institution's own system (rules.md §6: every action names its organisation): logins with
 * the single role {@link Role#INSTITUTION_API}, bound to the institution, that reach its care-record API and
 * nothing else (they cannot log in to pages). Its administrator creates them — the password is shown once, only
 * its hash is kept — and withdraws them. Audited.
 */
@Stateless
public class ApiCredentialService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new credential: the password is in no other place. */
    public record Created(String username, String password) {
    }

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<ApiCredential> list(Actor actor) {
        requireAdmin(actor);
        return accounts.withRole(actor.organisationId(), Role.INSTITUTION_API).stream().map(ApiCredential::of)
                .toList();
    }

    public Created create(Actor actor, String purpose) {
        requireAdmin(actor);
        String text = purpose == null ? "" : purpose.trim();
        if (text.isEmpty() || text.length() > 64) {
            throw new ValidationException(List.of(new FieldError("purpose",
                    text.isEmpty() ? "validation.required" : "validation.tooLong", List.of("64"))));
        }
        Organisation organisation = accounts.organisation(actor.organisationId());
        String prefix = "api-" + organisation.getCode().toLowerCase(Locale.ROOT) + "-";
        int next = accounts.withRole(organisation.getId(), Role.INSTITUTION_API).size() + 1;
        String username = prefix + next;
        while (accounts.findByUsername(username).isPresent()) {
            username = prefix + (++next);
        }
        String password = randomPassword();
        UserAccount account = new UserAccount(username, text, hasher.hash(password.toCharArray()), organisation,
                Set.of(Role.INSTITUTION_API), clock.instant());
        accounts.save(account);
        audit.record(actor, "CREATE_API_CREDENTIAL", null, ApiCredential.of(account));
        return new Created(username, password);
    }

    public void disable(Actor actor, String username) {
        requireAdmin(actor);
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.getOrganisation().getId() == actor.organisationId()
                        && a.getRoles().contains(Role.INSTITUTION_API))
                .orElseThrow(() -> new NotFoundException("ApiCredential", username));
        Map<String, Object> before = ApiCredential.of(account).auditState();
        account.deactivate();
        audit.record(actor, "DISABLE_API_CREDENTIAL", before, ApiCredential.of(account));
    }

    private static String randomPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isInstitutionScoped() || !actor.has(Role.INSTITUTION_ADMIN)) {
            throw new AccessDeniedException("apiClient.manage");
        }
    }
}
