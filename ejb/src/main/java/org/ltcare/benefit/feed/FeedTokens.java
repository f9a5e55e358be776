package org.ltcare.benefit.feed;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.ApiToken;
import org.ltcare.shared.security.ApiTokens;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * The hospital-stay feed's bearer tokens, kept by the security administrator of the bureau: the feed is one
 * machine account (HOSPITAL_FEED) of the administrator's organisation, made with its first token; tokens are made
 * (shown once), listed with their last use, and revoked one by one, so a new one can be put in place before the old
 * one goes.
 */
@Stateless
public class FeedTokens {

    public static final int MAX_VALIDITY_DAYS = 730;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ApiTokens tokens;

    @Inject
    private Clock clock;

    public List<ApiToken> list(Actor actor) {
        requireSecurityAdministrator(actor);
        return accounts.withRole(actor.organisationId(), Role.HOSPITAL_FEED).stream()
                .flatMap(account -> tokens.ofAccount(account).stream()).toList();
    }

    public ApiTokens.Issued issue(Actor actor, Integer validityDays) {
        requireSecurityAdministrator(actor);
        if (validityDays == null || validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            throw new ValidationException(List.of(new FieldError("validityDays", "apiClient.validity.range",
                    List.of(String.valueOf(MAX_VALIDITY_DAYS)))));
        }
        UserAccount feed = accounts.withRole(actor.organisationId(), Role.HOSPITAL_FEED).stream()
                .filter(UserAccount::isActive).findFirst().orElseGet(() -> newFeedAccount(actor));
        return tokens.issue(actor, feed, Duration.ofDays(validityDays));
    }

    public void revoke(Actor actor, long tokenId) {
        ApiToken token = list(actor).stream().filter(t -> t.getId() == tokenId).findFirst()
                .orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
        tokens.revoke(actor, token);
    }

    /** The feed's account: no password, its tokens are its only credential. */
    private UserAccount newFeedAccount(Actor actor) {
        var organisation = accounts.organisation(actor.organisationId());
        UserAccount account = UserAccount.machine("feed-" + organisation.getCode().toLowerCase(Locale.ROOT),
                "医保住院信息接口", organisation, Role.HOSPITAL_FEED, clock.instant());
        accounts.save(account);
        return account;
    }

    private static void requireSecurityAdministrator(Actor actor) {
        if (!actor.has(Role.SECURITY_ADMIN)) {
            throw new AccessDeniedException("feedToken.manage");
        }
    }
}
