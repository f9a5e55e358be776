package org.ltcare.institution.apiclient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.ApiToken;
import org.ltcare.shared.security.ApiTokens;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * API credentials of an institution's own system (rules.md §6: every action names its organisation): machine
 * accounts with the single role {@link Role#INSTITUTION_API}, bound to the institution, that reach its care-record
 * API and nothing else (they cannot log in to pages), each with a bearer token ({@link ApiTokens}) that expires.
 * Its administrator creates them — the token is shown once, only its SHA-256 is kept — and withdraws them.
 * Audited.
 */
@Stateless
public class ApiCredentialService {

    /** A new credential: the token is in no other place. */
    public record Created(String username, String token, Instant expiresAt) {
    }

    /** How long a new token lasts when nothing else is asked, and the longest allowed. */
    public static final int DEFAULT_VALIDITY_DAYS = 365;
    public static final int MAX_VALIDITY_DAYS = 730;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private ApiTokens tokens;

    @Inject
    private Clock clock;

    public List<ApiCredential> list(Actor actor) {
        requireAdmin(actor);
        return accounts.withRole(actor.organisationId(), Role.INSTITUTION_API).stream()
                .map(account -> ApiCredential.of(account, tokens.ofAccount(account).stream().findFirst()))
                .toList();
    }

    public Created create(Actor actor, String purpose) {
        return create(actor, purpose, DEFAULT_VALIDITY_DAYS);
    }

    public Created create(Actor actor, String purpose, Integer validityDays) {
        requireAdmin(actor);
        String text = purpose == null ? "" : purpose.trim();
        List<FieldError> errors = new ArrayList<>();
        if (text.isEmpty() || text.length() > 64) {
            errors.add(new FieldError("purpose", text.isEmpty() ? "validation.required" : "validation.tooLong",
                    List.of("64")));
        }
        if (validityDays == null || validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            errors.add(new FieldError("validityDays", "apiClient.validity.range",
                    List.of(String.valueOf(MAX_VALIDITY_DAYS))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Organisation organisation = accounts.organisation(actor.organisationId());
        String prefix = "api-" + organisation.getCode().toLowerCase(Locale.ROOT) + "-";
        int next = accounts.withRole(organisation.getId(), Role.INSTITUTION_API).size() + 1;
        String username = prefix + next;
        while (accounts.findByUsername(username).isPresent()) {
            username = prefix + (++next);
        }
        UserAccount account = UserAccount.machine(username, text, organisation, Role.INSTITUTION_API, clock.instant());
        accounts.save(account);
        audit.record(actor, "CREATE_API_CREDENTIAL", null, ApiCredential.of(account, Optional.empty()));
        ApiTokens.Issued issued = tokens.issue(actor, account, Duration.ofDays(validityDays));
        return new Created(username, issued.secret(), issued.token().getExpiresAt());
    }

    public void disable(Actor actor, String username) {
        requireAdmin(actor);
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.getOrganisation().getId() == actor.organisationId()
                        && a.getRoles().contains(Role.INSTITUTION_API))
                .orElseThrow(() -> new NotFoundException("ApiCredential", username));
        Map<String, Object> before = ApiCredential.of(account, Optional.empty()).auditState();
        account.deactivate();
        tokens.revokeAll(actor, account);
        audit.record(actor, "DISABLE_API_CREDENTIAL", before, ApiCredential.of(account, Optional.empty()));
    }


    private static void requireAdmin(Actor actor) {
        if (!actor.isInstitutionScoped() || !actor.has(Role.INSTITUTION_ADMIN)) {
            throw new AccessDeniedException("apiClient.manage");
        }
    }
}
