package org.ltcare.care.visit;

import java.io.Serializable;

/** A visit as the lists show it: the visit, the beneficiary (ID number masked unless bureau) and the worker. */
public final class VisitLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HomeVisit visit;
    private final String name;
    private final String idNumber;
    private final String workerName;

    public VisitLine(HomeVisit visit, String name, String idNumber, String workerName) {
        this.visit = visit;
        this.name = name;
        this.idNumber = idNumber;
        this.workerName = workerName;
    }

    public HomeVisit getVisit() {
        return visit;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getWorkerName() {
        return workerName;
    }
}
