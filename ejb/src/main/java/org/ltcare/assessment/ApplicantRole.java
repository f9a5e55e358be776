package org.ltcare.assessment;

/** Who applies: the insured person, a guardian (监护人) or an authorised agent (代理人). */
public enum ApplicantRole {
    SELF,
    GUARDIAN,
    AGENT
}
