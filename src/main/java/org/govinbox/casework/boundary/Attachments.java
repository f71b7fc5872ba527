package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.govinbox.accounts.control.Secrets;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseAttachment;
import org.govinbox.platform.boundary.FileTypes;
import org.govinbox.platform.boundary.ProblemException;

/**
 * Files submitted with a case: uploaded first (type checked by content → 415, size limited → 413), claimed by
 * the case when it is received ({@link Cases#receive}).
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

    /** An upload of at most {@code maxBytes} (the type's limit) → 413 beyond it. */
    @Transactional
    public Uploaded upload(String encodedName, byte[] content, long maxBytes) {
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
        em.persist(new CaseAttachment(token, filename, mediaType, content, clock.instant()));
        return new Uploaded(token, filename, mediaType, content.length);
    }

    /** Uploads no case claimed within a day are deleted (an upload alone is not a case). */
    @Transactional
    public int purgeUnclaimed() {
        return em.createQuery("DELETE FROM CaseAttachment a WHERE a.caseId IS NULL AND a.uploadedAt < :before")
                .setParameter("before", clock.instant().minus(java.time.Duration.ofDays(1))).executeUpdate();
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
