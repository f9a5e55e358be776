package org.ltcare.web.insured;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredSearch;
import org.ltcare.insured.InsuredService;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.assessment.IdDisplay;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 参保人查询: by part of the name, the full ID number or the region code, one page of 20 at a time.
 * The criteria last applied are kept as typed (strings), so the bean stays serialisable.
 */
@Named
@ViewScoped
public class InsuredSearchPage extends Page {

    static final String FORM = "searchForm";

    @Inject
    private InsuredService insured;

    @Inject
    private Messages messages;

    @Inject
    private FormMessages forms;

    private String name;
    private String idNumber;
    private String regionCode;

    private String appliedName;
    private String appliedIdNumber;
    private String appliedRegionCode;
    /** A typed ID number is not a valid one: nothing is listed until it is corrected. */
    private boolean invalidIdNumber;

    private final LazyDataModel<InsuredPerson> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (invalidIdNumber) {
                return 0;
            }
            try {
                return (int) insured.count(actor, criteria());
            } catch (BusinessException e) {
                errors.show(e, null);
                return 0;
            }
        }

        @Override
        public List<InsuredPerson> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            if (invalidIdNumber) {
                return List.of();
            }
            try {
                return insured.search(actor, criteria(), first, pageSize);
            } catch (BusinessException e) {
                errors.show(e, null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(InsuredPerson person) {
            return String.valueOf(person.getId());
        }
    };

    public void search() {
        invalidIdNumber = InsuredSearch.isInvalidIdInput(idNumber);
        if (invalidIdNumber) {
            IdNumber.check(idNumber).ifPresent(problem ->
                    forms.errorText(FORM + ":idNumber", messages.get("idNumber." + problem.name())));
        }
        appliedName = name;
        appliedIdNumber = idNumber;
        appliedRegionCode = regionCode;
        backToFirstPage();
    }

    public void reset() {
        name = null;
        idNumber = null;
        regionCode = null;
        search();
    }

    /** New criteria start at the first page, whichever page of the old results was shown. */
    private static void backToFirstPage() {
        UIComponent results = FacesContext.getCurrentInstance().getViewRoot().findComponent(FORM + ":results");
        if (results instanceof UIData table) {
            table.setFirst(0);
        }
    }

    private InsuredSearch criteria() {
        return InsuredSearch.fromInput(appliedName, appliedIdNumber, appliedRegionCode);
    }

    public String idNumberOf(InsuredPerson person) {
        return IdDisplay.of(actor, person.getIdNumber());
    }

    public LazyDataModel<InsuredPerson> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
