package org.ltcare.benefit.feed;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.ltcare.benefit.HospitalStay;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.insured.InvalidIdNumberException;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;

/**
 * One feed record in a transaction of its own, so that a bad record is reported and the others still count. The
 * same record again (same source and record id) changes nothing, or adds the discharge that has come since.
 */
@Stateless
public class HospitalStayFeedRow {

    @Inject
    private HospitalStayService stays;

    @Inject
    private InsuredRepository insured;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FeedOutcome apply(Actor actor, String source, FeedRecord record) {
        InsuredPerson person = personOf(record);
        Optional<HospitalStay> known = stays.byFeedRecord(source, record.recordId());
        if (known.isEmpty()) {
            stays.record(actor, person.getId(), record.hospital(), record.admittedOn(), record.dischargedOn(), source,
                    record.recordId());
            return FeedOutcome.CREATED;
        }
        HospitalStay stay = known.get();
        if (stay.getInsuredId() != person.getId() || !stay.getAdmittedOn().equals(record.admittedOn())) {
            throw new BusinessException("feed.conflict", record.recordId());
        }
        if (Objects.equals(stay.getDischargedOn(), record.dischargedOn()) || record.dischargedOn() == null) {
            return FeedOutcome.UNCHANGED;
        }
        if (!stay.isOpen()) {
            throw new BusinessException("feed.conflict", record.recordId());
        }
        stays.discharge(actor, stay.getId(), record.dischargedOn());
        return FeedOutcome.DISCHARGED;
    }

    private InsuredPerson personOf(FeedRecord record) {
        IdNumber idNumber;
        try {
            idNumber = IdNumber.parse(record.idNumber());
        } catch (InvalidIdNumberException e) {
            throw new BusinessException("feed.idNumber.invalid");
        }
        InsuredPerson person = insured.findByIdNumber(idNumber)
                .orElseThrow(() -> new BusinessException("feed.unmatched"));
        if (record.name() != null && !record.name().equals(person.getName())) {
            throw new BusinessException("feed.nameMismatch", record.name());
        }
        return person;
    }
}
