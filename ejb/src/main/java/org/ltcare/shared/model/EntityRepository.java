package org.ltcare.shared.model;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What every repository does with its entity — find by id, find and lock, save, delete — written once; a
 * capability's repository adds its queries. Subclasses are {@code @Stateless} beans with a no-argument constructor
 * naming the entity class.
 */
public abstract class EntityRepository<T> {

    @PersistenceContext(unitName = "ltcare")
    protected EntityManager em;

    private final Class<T> type;

    protected EntityRepository(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    /** Finds and locks the row until the transaction ends: changes that must not interleave take it one at a time. */
    public Optional<T> findForUpdate(long id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void save(T entity) {
        em.persist(entity);
    }

    public void delete(T entity) {
        em.remove(entity);
    }
}
