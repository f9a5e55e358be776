package org.ltcare.web.institution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.institution.contracting.ContractingNoticeLine;
import org.ltcare.institution.contracting.ContractingLifecycle;

/** 拟定点机构公示 (public, no login). */
@Named
@RequestScoped
public class PublicContractingNotice {

    @Inject
    private ContractingLifecycle contracting;

    private List<ContractingNoticeLine> lines;

    public List<ContractingNoticeLine> getLines() {
        if (lines == null) {
            lines = contracting.publicNotice();
        }
        return lines;
    }
}
