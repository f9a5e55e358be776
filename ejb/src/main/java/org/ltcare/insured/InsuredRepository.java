package org.ltcare.insured;

import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for insured people. */
@Stateless
public class InsuredRepository extends EntityRepository<InsuredPerson> {

    public InsuredRepository() {
        super(InsuredPerson.class);
    }

    public Optional<InsuredPerson> findByIdNumber(IdNumber idNumber) {
        // ID numbers are encrypted at rest: found through their blind index.
        return em.createQuery("select p from InsuredPerson p where p.idNumberIndex = :index", InsuredPerson.class)
                .setParameter("index", IdNumberConverter.index(idNumber))
                .getResultStream()
                .findFirst();
    }

    /** Which of these ID numbers are already registered. */
    public Set<IdNumber> existing(Collection<IdNumber> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select p.idNumber from InsuredPerson p where p.idNumberIndex in :indexes",
                        IdNumber.class)
                .setParameter("indexes", idNumbers.stream().map(IdNumberConverter::index).toList())
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /**
     * The people with these ids, by id (lists of beneficiaries name them in one query). Read-only: the callers show
     * or match them, and a managed person would have its ID number encrypted again at every flush's dirty check.
     */
    public java.util.Map<Long, InsuredPerson> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select p from InsuredPerson p where p.id in :ids", InsuredPerson.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()
                .collect(Collectors.toMap(InsuredPerson::getId, p -> p));
    }

    /** The names of the people with these ids, by id: for lists that show no more of them. */
    public java.util.Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select p.id, p.name from InsuredPerson p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** The persons' enrolment and death dates by id, without loading the persons. */
    public java.util.Map<Long, EnrolmentDates> enrolmentDates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select new org.ltcare.insured.EnrolmentDates(p.id, p.enrolledOn, p.enrolmentEndedOn, "
                        + "p.diedOn) from InsuredPerson p where p.id in :ids", EnrolmentDates.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(EnrolmentDates::insuredId, p -> p));
    }

    /** Search by part of the name, the full ID number, or the region code; newest first, one page. */
    public List<InsuredPerson> search(InsuredSearch criteria, int first, int max) {
        return searchQuery(criteria, InsuredPerson.class, "p").setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count(InsuredSearch criteria) {
        return searchQuery(criteria, Long.class, "count(p)").getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(InsuredSearch criteria, Class<T> type, String select) {
        StringBuilder jpql = new StringBuilder("select " + select + " from InsuredPerson p where 1 = 1");
        if (criteria.name() != null) {
            jpql.append(" and p.name like :name");
        }
        if (criteria.idNumber() != null) {
            jpql.append(" and p.idNumberIndex = :idNumberIndex");
        }
        if (criteria.regionCode() != null) {
            jpql.append(" and p.regionCode = :regionCode");
        }
        if (type != Long.class) {
            jpql.append(" order by p.name, p.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (criteria.name() != null) {
            query.setParameter("name", "%" + criteria.name() + "%");
        }
        if (criteria.idNumber() != null) {
            query.setParameter("idNumberIndex", IdNumberConverter.index(criteria.idNumber()));
        }
        if (criteria.regionCode() != null) {
            query.setParameter("regionCode", criteria.regionCode());
        }
        return query;
    }
}
