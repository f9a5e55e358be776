package org.ltcare.insured;

/** 参保类型: whether the person is insured through an employer (职工) or as a resident (居民). */
public enum InsuranceType {
    EMPLOYEE,
    RESIDENT
}
