package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.control.Secrets;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseAttachment;
import org.govinbox.platform.boundary.FileTypes;
import org.govinbox.platform.boundary.ProblemException;

/**
 * Files submitted with a case: uploaded first (type checked by content → 415, size limited → 413), claimed by
 * the case when it is received ({@link Cases#receive}).
 * <p>
 * U1: an anonymous upload no case has claimed yet counts against its address (files and bytes → 429) and against
 * the whole server (bytes → 503), so that nobody fills the disk with files that never become a letter; U2: such
 * uploads are removed after {@code govinbox.uploads.keep-minutes} (by the reminder job, within its poll interval).
 */
@ApplicationScoped
public class Attachments {

    public static final List<String> TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");

    public record Uploaded(String token, String filename, String mediaType, int size) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.uploads.unclaimed-per-address", defaultValue = "10")
    int perAddress;

    @Inject
    @ConfigProperty(name = "govinbox.uploads.unclaimed-bytes-per-address", defaultValue = "31457280")
    long bytesPerAddress;

    @Inject
    @ConfigProperty(name = "govinbox.uploads.unclaimed-total-bytes", defaultValue = "524288000")
    long totalBytes;

    @Inject
    @ConfigProperty(name = "govinbox.uploads.keep-minutes", defaultValue = "45")
    int keepMinutes;

    /** U1: an anonymous upload (a citizen's, before the letter is sent) within its address's and the server's quota. */
    @Transactional
    public Uploaded uploadAnonymous(String encodedName, byte[] content, long maxBytes, String clientAddress) {
        String uploader = Secrets.sha256("upload|" + clientAddress);
        Object[] mine = (Object[]) em.createQuery("SELECT COUNT(a), COALESCE(SUM(a.size), 0) FROM CaseAttachment a "
                + "WHERE a.caseId IS NULL AND a.uploader = :u").setParameter("u", uploader).getSingleResult();
        long size = content == null ? 0 : content.length;
        String retry = String.valueOf(keepMinutes * 60L);
        if (((Number) mine[0]).longValue() >= perAddress || ((Number) mine[1]).longValue() + size > bytesPerAddress) {
            throw new ProblemException(org.govinbox.platform.boundary.Problem.of(429, "上传的附件过多",
                    "您上传的附件尚未随来信提交的已有 " + mine[0] + " 个，请先提交来信；未提交的附件在 " + keepMinutes
                            + " 分钟后自动清除"), java.util.Map.of("Retry-After", retry));
        }
        Number all = (Number) em.createQuery("SELECT COALESCE(SUM(a.size), 0) FROM CaseAttachment a WHERE a.caseId IS NULL")
                .getSingleResult();
        if (all.longValue() + size > totalBytes) {
            throw new ProblemException(org.govinbox.platform.boundary.Problem.of(503, "附件暂存空间已满",
                    "附件暂存空间已满，请稍后再试，或先提交不带附件的来信"), java.util.Map.of("Retry-After", "600"));
        }
        return store(encodedName, content, maxBytes, uploader);
    }

    /** An upload of at most {@code maxBytes} (the type's limit) → 413 beyond it; by staff, claimed at once. */
    @Transactional
    public Uploaded upload(String encodedName, byte[] content, long maxBytes) {
        return store(encodedName, content, maxBytes, null);
    }

    private Uploaded store(String encodedName, byte[] content, long maxBytes, String uploader) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "文件是空的");
        }
        if (content.length > maxBytes) {
            throw ProblemException.tooLarge(maxBytes);
        }
        String mediaType = FileTypes.detect(content).filter(TYPES::contains).orElseThrow(() ->
                ProblemException.unsupportedType("只能上传 PNG、JPEG、GIF、WebP 图片或 PDF 文件（按文件内容判断）"));
        String filename = FileTypes.filename(encodedName, mediaType);
        String token = Secrets.token();
        em.persist(new CaseAttachment(token, filename, mediaType, content, clock.instant(), uploader));
        return new Uploaded(token, filename, mediaType, content.length);
    }

    /** U2: uploads no case claimed within {@code keep-minutes} are deleted (an upload alone is not a case). */
    @Transactional
    public int purgeUnclaimed() {
        return em.createQuery("DELETE FROM CaseAttachment a WHERE a.caseId IS NULL AND a.uploadedAt < :before")
                .setParameter("before", clock.instant().minus(java.time.Duration.ofMinutes(keepMinutes))).executeUpdate();
    }

    List<CaseAttachment> claimable(List<String> tokens) {
        List<CaseAttachment> found = new ArrayList<>();
        for (String token : tokens == null ? List.<String>of() : tokens) {
            found.add(em.createNamedQuery(CaseAttachment.BY_TOKEN, CaseAttachment.class)
                    .setParameter("token", token).getResultStream().findFirst()
                    .filter(x -> x.caseId() == null)
                    .orElseThrow(() -> ProblemException.invalid("attachments", "附件已失效，请重新上传")));
        }
        return found;
    }

    CaseAttachment of(Case c, long attachmentId) {
        CaseAttachment attachment = em.find(CaseAttachment.class, attachmentId);
        if (attachment == null || !c.id().equals(attachment.caseId())) {
            throw ProblemException.notFound("附件不存在");
        }
        return attachment;
    }

    List<CaseViews.Attachment> listed(Case c) {
        return em.createNamedQuery(CaseAttachment.OF_CASE, CaseAttachment.class).setParameter("case", c.id())
                .getResultStream().map(a -> new CaseViews.Attachment(a.id(), a.filename(), a.mediaType(), a.size())).toList();
    }
}
