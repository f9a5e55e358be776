package org.ltcare.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** 统筹区: a pooling region (GB/T 2260 code) with its own rule sets. */
@Entity
@Table(name = "region")
public class Region implements Serializable {

    @Id
    private String code;

    private String name;

    protected Region() {
    }

    public Region(String code, String name) {
        if (code == null || !code.matches("\\d{6}")) {
            throw new IllegalArgumentException("a region code has 6 digits: " + code);
        }
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
