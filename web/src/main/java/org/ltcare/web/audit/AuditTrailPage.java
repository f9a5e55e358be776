package org.ltcare.web.audit;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditDiff;
import org.ltcare.shared.audit.AuditEntry;
import org.ltcare.shared.audit.AuditQuery;
import org.ltcare.shared.audit.AuditTrail;
import org.ltcare.shared.audit.ChainVerification;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.shared.xlsx.TableWorkbook;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * 审计日志: the audit administrator's (and, read-only alike, the auditor's) page. Search by days, user, object and
 * action, newest first; an entry's before and after side by side; export of what the search found; a walk along
 * the hash chain. Opened with {@code ?type=CareClaim&id=42} it shows that object's history.
 */
@Named
@ViewScoped
public class AuditTrailPage extends Page {

    static final String FORM = "trailForm";
    /** More rows than this are not exported: the reader narrows the search first. */
    static final int MAX_EXPORT = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ClockProducer.ZONE);

    @Inject
    private AuditTrail trail;

    @Inject
    private Messages messages;

    @Inject
    private AuditLabels labels;

    private LocalDate from;
    private LocalDate to;
    private String username;
    private String entityType;
    private String entityId;
    private String action;
    private AuditQuery applied = AuditQuery.everything();

    private AuditEntry selected;
    private List<AuditDiff.Field> diff = List.of();
    private List<String> entityTypes = List.of();

    private final LazyDataModel<AuditEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(actor, applied));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return trail.search(actor, applied, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return trail.entry(actor, Long.parseLong(rowKey));
        }
    };

    /** The page's one access check; a reader opened with ?type=…&amp;id=… sees that object's history. */
    public void load() {
        try {
            entityTypes = trail.entityTypes(actor);
            if (entityType != null || entityId != null) {
                search();
            }
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            errors.error("audit.search.badRange");
            return;
        }
        applied = new AuditQuery(from, to, username, entityType, entityId, action);
        selected = null;
        diff = List.of();
        UIComponent results = FacesContext.getCurrentInstance().getViewRoot().findComponent(FORM + ":entries");
        if (results instanceof UIData table) {
            table.setFirst(0);
        }
    }

    public void reset() {
        from = null;
        to = null;
        username = null;
        entityType = null;
        entityId = null;
        action = null;
        search();
    }

    /** The row the reader chose: its fields before and after. */
    public void setSelected(AuditEntry entry) {
        selected = entry;
        diff = entry == null ? List.of() : trail.diff(actor, entry);
    }

    public void verify() {
        ChainVerification result = trail.verify(actor);
        if (result.intact()) {
            errors.info("audit.chain.intact", String.valueOf(result.checked()), String.valueOf(result.headSeq()),
                    result.headHash());
        } else {
            ChainVerification.Break broken = result.firstBreak().orElseThrow();
            errors.error("audit.chain.broken", String.valueOf(broken.seq()), String.valueOf(broken.entryId()),
                    messages.get("audit.chain.problem." + broken.problem().name()),
                    String.valueOf(result.checked()));
        }
    }

    public StreamedContent export() {
        long found = trail.count(actor, applied);
        if (found > MAX_EXPORT) {
            errors.error("audit.export.tooMany", String.valueOf(found), String.valueOf(MAX_EXPORT));
            return null;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AuditEntry entry : trail.search(actor, applied, 0, MAX_EXPORT)) {
            rows.add(List.of(String.valueOf(entry.getId()), time(entry), entry.getActorUsername(),
                    labels.type(entry.getEntityType()), entry.getEntityId(), labels.action(entry.getAction()),
                    shown(entry.getBeforeState()), shown(entry.getAfterState())));
        }
        byte[] book = TableWorkbook.of(messages.get("audit.title"), messages.get("audit.title"), List.of(
                messages.get("audit.entry"), messages.get("audit.time"), messages.get("audit.user"),
                messages.get("audit.type"), messages.get("audit.objectId"), messages.get("audit.action"),
                messages.get("audit.before"), messages.get("audit.after")), rows);
        return DefaultStreamedContent.builder().name("audit-trail.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(book)).build();
    }

    private String shown(String state) {
        return state == null ? "" : AuditDiff.shown(state, actor.maySeeFullIdNumbers());
    }

    public String time(AuditEntry entry) {
        return TIME.format(entry.getOccurredAt());
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public AuditEntry getSelected() {
        return selected;
    }

    public List<AuditDiff.Field> getDiff() {
        return diff;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
