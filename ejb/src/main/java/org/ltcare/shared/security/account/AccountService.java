package org.ltcare.shared.security.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.audit.SecurityEvent;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.PasswordHasher;
import org.ltcare.shared.security.PasswordPolicy;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.SeparationOfDuties;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Accounts of people (等保 2.0 身份鉴别/访问控制): created with a one-time password that must be changed at the first
 * login, given roles within {@link AccountRules} and {@link SeparationOfDuties}, deactivated with a reason and
 * re-activated, never deleted. Every user changes their own password. All of it audited; role changes are
 * security events too.
 */
@Stateless
public class AccountService {

    private static final String USERNAME = "[a-z][a-z0-9._-]{2,31}";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int ONE_TIME_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new account or a reset: the one-time password exists nowhere else. */
    public record OneTime(AccountView account, String password) {
    }

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<RolesAssigned> rolesAssigned;

    /** The accounts {@code actor} manages, by organisation and username. */
    public List<AccountView> list(Actor actor) {
        requireManager(actor);
        List<UserAccount> candidates = actor.isInstitutionScoped()
                ? em.createQuery("select u from UserAccount u where u.organisation.id = :org order by u.username",
                        UserAccount.class).setParameter("org", actor.organisationId()).getResultList()
                : em.createQuery("select u from UserAccount u where u.organisation.kind <> :institution "
                                + "order by u.organisation.name, u.username", UserAccount.class)
                        .setParameter("institution", OrganisationKind.CARE_INSTITUTION)
                        .getResultList();
        return candidates.stream().filter(account -> AccountRules.manages(actor, account)).map(AccountView::of)
                .toList();
    }

    /** The organisations {@code actor} may create accounts in. */
    public List<Organisation> organisations(Actor actor) {
        requireManager(actor);
        if (actor.isInstitutionScoped()) {
            return List.of(accounts.organisation(actor.organisationId()));
        }
        return em.createQuery("select o from Organisation o where o.kind <> :institution order by o.kind, o.name",
                        Organisation.class)
                .setParameter("institution", OrganisationKind.CARE_INSTITUTION)
                .getResultList();
    }

    public OneTime create(Actor actor, NewAccount form) {
        requireManager(actor);
        List<FieldError> errors = new ArrayList<>();
        String username = form.username() == null ? "" : form.username().trim();
        String name = form.displayName() == null ? "" : form.displayName().trim();
        if (!username.matches(USERNAME)) {
            errors.add(new FieldError("username", "account.username.format"));
        } else if (accounts.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "account.username.taken", List.of(username)));
        }
        if (name.isEmpty() || name.length() > 64) {
            errors.add(new FieldError("displayName", name.isEmpty() ? "validation.required" : "validation.tooLong",
                    List.of("64")));
        }
        Organisation organisation = form.organisationId() == null ? null
                : accounts.organisation(form.organisationId());
        if (organisation == null) {
            errors.add(new FieldError("organisation", "validation.required"));
        } else {
            errors.addAll(roleErrors(actor, organisation, form.roles()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String password = oneTimePassword();
        String hash = hasher.hash(password.toCharArray());
        UserAccount account = new UserAccount(username, name, hash, organisation, form.roles(), clock.instant());
        account.setOneTimePassword(hash);
        accounts.save(account);
        AccountView view = AccountView.of(account);
        audit.record(actor, "CREATE_ACCOUNT", null, view);
        rolesAssigned.fire(new RolesAssigned(account));
        return new OneTime(view, password);
    }

    public AccountView changeRoles(Actor actor, String username, Set<Role> roles) {
        UserAccount account = managed(actor, username);
        requireNotSelf(actor, account);
        List<FieldError> errors = roleErrors(actor, account.getOrganisation(), roles);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AccountView before = AccountView.of(account);
        account.assignRoles(roles);
        AccountView after = AccountView.of(account);
        audit.record(actor, "CHANGE_ROLES", before.auditState(), after);
        audit.security(actor.username(), actor.organisationId(), SecurityEvent.ROLES_CHANGED, username,
                Map.of("before", before.auditState().get("roles"), "after", after.auditState().get("roles")));
        rolesAssigned.fire(new RolesAssigned(account));
        return after;
    }

    /** The person's name as the pages show it (a typo, a changed name); the user name never changes. */
    public AccountView rename(Actor actor, String username, String displayName) {
        UserAccount account = managed(actor, username);
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 64) {
            throw new ValidationException(List.of(new FieldError("selectedName",
                    name.isEmpty() ? "validation.required" : "validation.tooLong", List.of("64"))));
        }
        AccountView before = AccountView.of(account);
        account.rename(name);
        AccountView after = AccountView.of(account);
        audit.record(actor, "RENAME_ACCOUNT", before.auditState(), after);
        return after;
    }

    public AccountView deactivate(Actor actor, String username, String reason) {
        UserAccount account = managed(actor, username);
        requireNotSelf(actor, account);
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty() || text.length() > 200) {
            throw new ValidationException(List.of(new FieldError("reason",
                    text.isEmpty() ? "validation.required" : "validation.tooLong", List.of("200"))));
        }
        if (!account.isActive()) {
            throw new BusinessException("account.alreadyInactive", username);
        }
        AccountView before = AccountView.of(account);
        account.deactivate(actor.username(), text, clock.instant());
        AccountView after = AccountView.of(account);
        audit.record(actor, "DEACTIVATE_ACCOUNT", before.auditState(), after);
        return after;
    }

    public AccountView reactivate(Actor actor, String username) {
        UserAccount account = managed(actor, username);
        if (account.isActive()) {
            throw new BusinessException("account.alreadyActive", username);
        }
        // Roles given before the rule may break it: they are fixed before the account works again.
        SeparationOfDuties.require(account.getRoles());
        AccountView before = AccountView.of(account);
        account.activate();
        AccountView after = AccountView.of(account);
        audit.record(actor, "REACTIVATE_ACCOUNT", before.auditState(), after);
        return after;
    }

    /** A new one-time password (forgotten, or a first one lost); the user must change it at the next login. */
    public OneTime resetPassword(Actor actor, String username) {
        UserAccount account = managed(actor, username);
        requireNotSelf(actor, account);
        AccountView before = AccountView.of(account);
        String password = oneTimePassword();
        account.setOneTimePassword(hasher.hash(password.toCharArray()));
        AccountView after = AccountView.of(account);
        audit.record(actor, "RESET_PASSWORD", before.auditState(), after);
        return new OneTime(after, password);
    }

    /**
     * The second factor forgotten (a lost or new phone): the user logs in with the password alone once more and
     * enrols again — at once if a role requires it. The recovery codes go with it.
     */
    public AccountView resetSecondFactor(Actor actor, String username) {
        UserAccount account = managed(actor, username);
        requireNotSelf(actor, account);
        if (!account.isSecondFactorEnrolled()) {
            throw new BusinessException("account.secondFactor.notEnrolled", username);
        }
        AccountView before = AccountView.of(account);
        account.resetSecondFactor();
        AccountView after = AccountView.of(account);
        audit.record(actor, "RESET_SECOND_FACTOR", before.auditState(), after);
        audit.security(actor.username(), actor.organisationId(), SecurityEvent.TWO_FACTOR_RESET, username, Map.of());
        return after;
    }

    /** The user's own account (what they see of their logins). */
    public UserAccount own(Actor actor) {
        return accounts.of(actor);
    }

    /** Every user, with the current password; the new one follows the password policy and differs from it. */
    public void changeOwnPassword(Actor actor, String current, String chosen, String repeated) {
        UserAccount account = own(actor);
        List<FieldError> errors = new ArrayList<>();
        if (current == null || !hasher.verify(current.toCharArray(), account.getPasswordHash())) {
            errors.add(new FieldError("current", "account.password.wrongCurrent"));
        }
        errors.addAll(PasswordPolicy.check("chosen", account.getUsername(), chosen));
        if (chosen != null && !chosen.equals(repeated)) {
            errors.add(new FieldError("repeated", "account.password.mismatch"));
        }
        if (errors.isEmpty() && chosen.equals(current)) {
            errors.add(new FieldError("chosen", "account.password.same"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AccountView before = AccountView.of(account);
        account.changePassword(hasher.hash(chosen.toCharArray()));
        audit.record(actor, "CHANGE_PASSWORD", before.auditState(), AccountView.of(account));
    }

    private List<FieldError> roleErrors(Actor actor, Organisation organisation, Set<Role> roles) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> allowed = AccountRules.assignable(actor, organisation.getKind());
        if (actor.isInstitutionScoped() && organisation.getId() != actor.organisationId()) {
            throw new AccessDeniedException("account.manage");
        }
        if (allowed.isEmpty()) {
            throw new AccessDeniedException("account.manage");
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "account.roles.required"));
        } else if (!allowed.containsAll(roles)) {
            errors.add(new FieldError("roles", "account.roles.notForOrganisation"));
        } else {
            SeparationOfDuties.conflictOf(EnumSet.copyOf(roles)).ifPresent(conflict ->
                    errors.add(new FieldError("roles", conflict.messageKey())));
        }
        return errors;
    }

    private UserAccount managed(Actor actor, String username) {
        requireManager(actor);
        return accounts.findByUsername(username == null ? "" : username)
                .filter(account -> AccountRules.manages(actor, account))
                .orElseThrow(() -> new NotFoundException("UserAccount", username));
    }

    private static void requireNotSelf(Actor actor, UserAccount account) {
        if (account.getUsername().equals(actor.username())) {
            throw new BusinessException("account.notYourself");
        }
    }

    private static void requireManager(Actor actor) {
        if (!AccountRules.managesAccounts(actor)) {
            throw new AccessDeniedException("account.manage");
        }
    }

    /** 12 characters with letters and digits: passes the password policy, easy to read out. */
    static String oneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            String from = i % 4 == 3 ? DIGITS : LETTERS;
            password.append(from.charAt(RANDOM.nextInt(from.length())));
        }
        return password.toString();
    }
}
