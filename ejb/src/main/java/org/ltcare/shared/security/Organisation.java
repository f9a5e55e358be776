package org.ltcare.shared.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.ltcare.shared.model.Identified;

/** A bureau, an agency, an assessment agency or a care institution: the unit that scopes what its users see. */
@Entity
@Table(name = "organisation")
public class Organisation extends Identified {

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String regionCode;

    protected Organisation() {
    }

    public Organisation(String code, String name, OrganisationKind kind, String regionCode) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getRegionCode() {
        return regionCode;
    }
}
