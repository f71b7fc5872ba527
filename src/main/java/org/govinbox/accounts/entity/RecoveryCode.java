package org.govinbox.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** T2: one recovery code of an account (its hash), usable once in place of a one-time password. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = RecoveryCode.UNUSED, query = "SELECT r FROM RecoveryCode r WHERE r.account = :account AND r.usedAt IS NULL AND r.codeHash = :hash")
@NamedQuery(name = RecoveryCode.DELETE_ALL_OF, query = "DELETE FROM RecoveryCode r WHERE r.account = :account")
public class RecoveryCode {

    public static final String UNUSED = "RecoveryCode.unused";
    public static final String DELETE_ALL_OF = "RecoveryCode.deleteAllOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private StaffAccount account;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(StaffAccount account, String codeHash) {
        this.account = account;
        this.codeHash = codeHash;
    }

    public void use(Instant at) {
        usedAt = at;
    }
}
