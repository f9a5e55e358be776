package org.ltcare.shared.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** JPA queries for organisations and user accounts. */
@Stateless
public class UserAccountRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** The account of the user acting (their own password, second factor, logins); 403 if there is none. */
    public UserAccount of(Actor actor) {
        return findByUsername(actor.username()).orElseThrow(() -> new AccessDeniedException("account"));
    }

    /** The display names of the accounts with these user names (a user name with no account is left out). */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u.username, u.displayName from UserAccount u where u.username in :names", Object[].class)
                .setParameter("names", usernames).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /**
     * An account with its eager parts (organisation, roles, recovery codes) in one statement — each a statement of
     * its own otherwise; the caller adds the condition. Read it as a list: a stream of fetched collections may stop
     * before a collection's last row.
     */
    static final String WITH_ITS_PARTS = "select u from UserAccount u join fetch u.organisation "
            + "left join fetch u.roles left join fetch u.recoveryCodes ";

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery(WITH_ITS_PARTS + "where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultList().stream()
                .findFirst();
    }

    public Optional<Organisation> findOrganisationByCode(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Organisation organisation(long id) {
        return em.find(Organisation.class, id);
    }

    /** The region a user works for: their organisation's (what every bureau list and figure is scoped to). */
    public String regionOf(Actor actor) {
        Organisation organisation = organisation(actor.organisationId());
        if (organisation == null) {
            throw new org.ltcare.shared.NotFoundException("Organisation", actor.organisationId());
        }
        return organisation.getRegionCode();
    }

    public void save(Organisation organisation) {
        em.persist(organisation);
    }

    public void save(UserAccount account) {
        em.persist(account);
    }

    /** The active logins of an organisation, e.g. the institution users who may confirm an admission. */
    public java.util.List<UserAccount> activeUsersOf(long organisationId) {
        return em.createQuery("select u from UserAccount u where u.organisation.id = :organisation and u.active = true "
                + "order by u.username", UserAccount.class).setParameter("organisation", organisationId).getResultList();
    }

    /** The usernames of an institution's active staff and admins: who may act on its tasks (a mutable list). */
    public java.util.List<String> institutionUsersOf(long organisationId) {
        return new java.util.ArrayList<>(activeUsersOf(organisationId).stream()
                .filter(u -> u.getRoles().stream().anyMatch(Role::isInstitutionRole))
                .map(UserAccount::getUsername).toList());
    }

    public long countUsers() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** The organisation's accounts holding the role, active or not, by username. */
    public java.util.List<UserAccount> withRole(long organisationId, Role role) {
        return em.createQuery("select u from UserAccount u where u.organisation.id = :organisation "
                + "and :role member of u.roles order by u.username", UserAccount.class)
                .setParameter("organisation", organisationId).setParameter("role", role).getResultList();
    }

    /** Every active account, by username (the start-up role check; a few thousand rows at most). */
    public java.util.List<UserAccount> allActive() {
        return em.createQuery("select u from UserAccount u where u.active = true order by u.username",
                UserAccount.class).getResultList();
    }
}
