package org.ltcare.shared.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ltcare.shared.audit.AuditChainRepository.Head;
import org.ltcare.shared.audit.AuditChainRepository.Seal;
import org.ltcare.shared.audit.AuditChainRepository.SealedLink;
import org.ltcare.shared.audit.ChainVerification.Break;
import org.ltcare.shared.audit.ChainVerification.Problem;

/**
 * Seals committed audit entries into one hash chain and walks the chain to find the first changed, removed or
 * unsealed entry. Sealing happens after the change's transaction has committed (so a business transaction never
 * waits for the chain), right after each commit and once a minute for anything left over.
 */
@Stateless
public class AuditChain {

    private static final int BATCH = 500;
    /** Whether this server's sealer is at work, and whether entries were written since its round began. */
    private static final AtomicBoolean SEALING = new AtomicBoolean();
    private static final AtomicBoolean SEAL_ASKED = new AtomicBoolean();

    @Inject
    private AuditChainRepository chain;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Seals every pending entry in its own transaction; returns how many. One sealer at a time (head lock). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealPending() {
        Head head = chain.lockHead();
        int sealed = 0;
        for (List<ChainLink> links = chain.pending(BATCH); !links.isEmpty(); links = chain.pending(BATCH)) {
            List<Seal> seals = new ArrayList<>(links.size());
            for (ChainLink link : links) {
                long seq = head.seq() + 1;
                head = new Head(seq, link.hash(seq, head.hash()));
                seals.add(new Seal(seq, link.entryId(), head.hash()));
            }
            chain.seal(seals, clock.instant());
            sealed += seals.size();
        }
        if (sealed > 0) {
            chain.moveHead(head);
        }
        return sealed;
    }

    /**
     * After a commit that wrote entries; the writer does not wait for it. Calls that arrive while this server seals
     * leave one more round to the sealer at work instead of queueing a round each (every audited change asks for
     * one: under load most rounds found one entry, at six statements and a commit each). The head's lock keeps
     * sealers of several servers in turn; the minute's round takes whatever a stopped server left.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sealSoon() {
        SEAL_ASKED.set(true);
        while (SEAL_ASKED.get() && SEALING.compareAndSet(false, true)) {
            try {
                SEAL_ASKED.set(false);
                self().sealPending();
            } finally {
                SEALING.set(false);
            }
        }
    }

    /** Whatever an interrupted sealer (a restart, a crash right after a commit) left behind. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealLeftovers() {
        self().sealPending();
    }

    /**
     * Seals what is pending, then recomputes every seal from its entry and the previous hash, in order. Reports the
     * first seal that no longer fits; entries written around the application count as unsealed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify() {
        self().sealPending();
        return self().walk();
    }

    /** Reads the whole chain in one consistent snapshot. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerification walk() {
        Head recorded = chain.head();
        long expectedSeq = 1;
        String previous = ChainLink.GENESIS;
        long checked = 0;
        Optional<Break> broken = Optional.empty();
        walking:
        for (List<SealedLink> seals = chain.sealedAfter(0, BATCH); !seals.isEmpty();
             seals = chain.sealedAfter(expectedSeq - 1, BATCH)) {
            for (SealedLink seal : seals) {
                Optional<Problem> problem = problemOf(seal, expectedSeq, previous);
                if (problem.isPresent()) {
                    broken = Optional.of(new Break(seal.seq(), seal.entryId(), problem.get()));
                    break walking;
                }
                previous = seal.hash();
                expectedSeq++;
                checked++;
            }
        }
        if (broken.isEmpty() && (recorded.seq() != expectedSeq - 1 || !recorded.hash().equals(previous))) {
            broken = Optional.of(new Break(expectedSeq - 1, -1, Problem.HEAD_MISMATCH));
        }
        long unsealed = chain.unsealedEntries();
        if (broken.isEmpty() && unsealed > 0) {
            broken = Optional.of(new Break(-1, chain.firstUnsealedEntry(), Problem.UNSEALED_ENTRY));
        }
        return new ChainVerification(checked, recorded.seq(), recorded.hash(), broken, unsealed);
    }

    private static Optional<Problem> problemOf(SealedLink seal, long expectedSeq, String previous) {
        if (seal.seq() != expectedSeq) {
            return Optional.of(Problem.SEAL_MISSING);
        }
        if (seal.link() == null) {
            return Optional.of(Problem.ENTRY_DELETED);
        }
        if (!seal.link().hash(seal.seq(), previous).equals(seal.hash())) {
            return Optional.of(Problem.CONTENT_CHANGED);
        }
        return Optional.empty();
    }

    /** This bean through the container, so that each call gets its own transaction. */
    private AuditChain self() {
        return context.getBusinessObject(AuditChain.class);
    }
}
