package org.ltcare.shared.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.ltcare.shared.crypto.EncryptedStringConverter;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * A person who logs in. Invariant: after {@link #MAX_FAILED_LOGINS} wrong passwords in a row the account is
 * locked for {@link #LOCK_DURATION}; while locked, even the right password is refused.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends Versioned {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final String NO_PASSWORD = "!no-password";

    private String username;

    private String displayName;

    private String passwordHash;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean active = true;

    private int failedLogins;

    private Instant lockedUntil;

    private Instant createdAt;

    private boolean mustChangePassword;

    private Instant lastLoginAt;

    private String lastLoginClient;

    private Instant previousLoginAt;

    private int failedSinceLogin;

    private int failedBeforeLogin;

    @Embedded
    private Stamp deactivated;

    private String deactivationReason;

    /** The TOTP secret (Base32), encrypted at rest, once the second factor is enrolled; null before and after a reset. */
    @Convert(converter = EncryptedStringConverter.class)
    private String totpSecret;

    private Instant totpEnrolledAt;

    /** The last time step whose code was accepted: a code is accepted once, and no older one after it. */
    private Long totpLastStep;

    /** SHA-256 of each unused recovery code; a used one is removed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodes = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Organisation organisation,
                       Set<Role> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        SeparationOfDuties.require(roles);
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The login stops working (an API credential withdrawn, a user who left); the row stays for the audit trail. */
    public void deactivate() {
        this.active = false;
    }

    /**
     * A machine credential's account (an institution's system, the hospital feed): it has no password — the
     * stored value is no hash, so no password ever matches — and authenticates with its bearer tokens only.
     */
    public static UserAccount machine(String username, String displayName, Organisation organisation, Role role,
                                      Instant createdAt) {
        if (!role.isMachineRole()) {
            throw new IllegalArgumentException("not a machine role: " + role);
        }
        return new UserAccount(username, displayName, NO_PASSWORD, organisation, Set.of(role), createdAt);
    }

    /** Deactivated by a person, with the reason (shown on the accounts page; the account stays). */
    public void deactivate(String by, String reason, Instant now) {
        this.active = false;
        this.deactivated = Stamp.of(Objects.requireNonNull(by, "by"), Objects.requireNonNull(now, "now"));
        this.deactivationReason = Objects.requireNonNull(reason, "reason");
    }

    /** The login works (again): a self-registered institution's administrator once the agency has confirmed it. */
    public void activate() {
        this.active = true;
        this.deactivated = null;
        this.deactivationReason = null;
    }

    /** The roles from now on (the separation of duties is kept; at least one role). */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        SeparationOfDuties.require(newRoles);
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName, "displayName");
    }

    /** A password someone else chose (a new account, a reset): the user must change it at the next login. */
    public void setOneTimePassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** A password the user chose. */
    public void changePassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        this.mustChangePassword = false;
    }

    /** Whether a login needs a second factor: one of the roles requires it (enrolled or not yet). */
    public boolean requiresSecondFactor() {
        return roles.stream().anyMatch(Role::requiresSecondFactor);
    }

    public boolean isSecondFactorEnrolled() {
        return totpSecret != null;
    }

    /** The second factor from now on: a confirmed secret and new recovery codes (their SHA-256). */
    public void enrolSecondFactor(String secret, Collection<String> recoveryCodeHashes, Instant now) {
        this.totpSecret = Objects.requireNonNull(secret, "secret");
        this.totpEnrolledAt = Objects.requireNonNull(now, "now");
        this.totpLastStep = null;
        replaceRecoveryCodes(recoveryCodeHashes);
    }

    /** New recovery codes: the old ones, used or not, stop working. */
    public void replaceRecoveryCodes(Collection<String> hashes) {
        recoveryCodes.clear();
        recoveryCodes.addAll(hashes);
    }

    /** Reset by the security administrator (a lost phone): the user enrols again at the next login. */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
        this.recoveryCodes.clear();
    }

    /**
     * Accepts the code of time step {@code step} if no code of this step or a later one was accepted before: a code
     * seen once (over a shoulder, in a proxy's log) opens nothing a second time.
     */
    public boolean acceptTimeStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Uses up the unused recovery code with this SHA-256, if there is one. */
    public boolean useRecoveryCode(String hash) {
        return recoveryCodes.remove(hash);
    }

    public int getUnusedRecoveryCodes() {
        return recoveryCodes.size();
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the fifth in a row locks the account. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        failedSinceLogin++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** A successful login at {@code now} from {@code client}: the previous one and the failures since are kept. */
    public void recordSuccessfulLogin(Instant now, String client) {
        recordSuccessfulLogin();
        previousLoginAt = lastLoginAt;
        lastLoginAt = now;
        lastLoginClient = client == null || client.length() <= 64 ? client : client.substring(0, 64);
        failedBeforeLogin = failedSinceLogin;
        failedSinceLogin = 0;
    }

    public Actor toActor() {
        return new Actor(username, organisation.getId(), organisation.getKind(), roles);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getLastLoginClient() {
        return lastLoginClient;
    }

    public Instant getPreviousLoginAt() {
        return previousLoginAt;
    }

    public int getFailedBeforeLogin() {
        return failedBeforeLogin;
    }

    public Stamp getDeactivated() {
        return deactivated;
    }

    public String getDeactivationReason() {
        return deactivationReason;
    }
}
