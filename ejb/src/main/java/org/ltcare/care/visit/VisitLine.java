package org.ltcare.care.visit;

import java.io.Serializable;

/** A visit as the lists show it: the visit, the beneficiary (ID number masked unless bureau) and the worker. */
public record VisitLine(HomeVisit visit, String name, String idNumber, String workerName) implements Serializable {
}
