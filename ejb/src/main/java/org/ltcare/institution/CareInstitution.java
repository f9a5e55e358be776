package org.ltcare.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;

/**
 * A care institution: the institution-specific facts of an organisation of kind CARE_INSTITUTION.
 * Invariant: only hospitals (and integrated township hospitals) carry a hospital level, 1 to 3.
 */
@Entity
@Table(name = "care_institution")
public class CareInstitution {

    @Id
    @Column(name = "organisation_id")
    private Long id;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_kind", nullable = false, length = 32)
    private InstitutionKind kind;

    @Column(name = "hospital_level")
    private Integer hospitalLevel;

    @Column(name = "has_ltc_ward", nullable = false)
    private boolean ltcWard;

    @Column(nullable = false)
    private int beds;

    @Column(length = 200)
    private String address;

    protected CareInstitution() {
    }

    public CareInstitution(Organisation organisation, InstitutionKind kind, Integer hospitalLevel, boolean ltcWard,
                           int beds, String address) {
        if (organisation.getKind() != OrganisationKind.CARE_INSTITUTION) {
            throw new IllegalArgumentException("not a care institution: " + organisation.getCode());
        }
        boolean hospitalLike = kind == InstitutionKind.HOSPITAL || kind == InstitutionKind.INTEGRATED;
        if (hospitalLevel != null && (!hospitalLike || hospitalLevel < 1 || hospitalLevel > 3)) {
            throw new IllegalArgumentException("hospital level " + hospitalLevel + " does not fit " + kind);
        }
        if (kind == InstitutionKind.HOSPITAL && hospitalLevel == null) {
            throw new IllegalArgumentException("a hospital needs its level");
        }
        if (beds < 0) {
            throw new IllegalArgumentException("beds must not be negative");
        }
        this.organisation = organisation;
        this.kind = kind;
        this.hospitalLevel = hospitalLevel;
        this.ltcWard = ltcWard;
        this.beds = beds;
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return organisation.getName();
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public Integer getHospitalLevel() {
        return hospitalLevel;
    }

    public boolean hasLtcWard() {
        return ltcWard;
    }

    public int getBeds() {
        return beds;
    }

    public String getAddress() {
        return address;
    }
}
