package org.jobclass.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An official class of the plan, identified by its code. Several working titles
 * (class descriptions) may share one official class.
 */
@Entity
@Table(name = "job_class")
public class JobClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "[0-9]{1,10}")
    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "official_title", nullable = false, length = 200)
    private String officialTitle;

    @Version
    private long version;

    protected JobClass() {
    }

    public JobClass(String code, String officialTitle) {
        this.code = code;
        this.officialTitle = officialTitle;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getOfficialTitle() {
        return officialTitle;
    }

    public long getVersion() {
        return version;
    }

    /** Gives the class a new official title, which every working title under its code shares. */
    public void rename(String officialTitle) {
        this.officialTitle = officialTitle;
    }
}
