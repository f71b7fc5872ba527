package org.govinbox.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A unit of the district government: the government office, a bureau, a town or a street office.
 * Items are assigned to departments, and a handler sees only their own department's items.
 * The code is permanent: later records refer to it.
 */
@Entity
@NamedQuery(name = Department.ALL, query = "SELECT d FROM Department d ORDER BY d.code")
@NamedQuery(name = Department.BY_CODE, query = "SELECT d FROM Department d WHERE d.code = :code")
public class Department {

    public static final String ALL = "Department.all";
    public static final String BY_CODE = "Department.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentKind kind;

    /** Where the department's notifications go (交办, 催办, reminders); optional. */
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, String name, DepartmentKind kind, Instant createdAt) {
        this(code, name, kind, null, createdAt);
    }

    public Department(String code, String name, DepartmentKind kind, String email, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.email = email;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DepartmentKind kind() {
        return kind;
    }

    public void rename(String name, DepartmentKind kind, String email) {
        this.name = name;
        this.kind = kind;
        this.email = email;
    }

    public String email() {
        return email;
    }
}
