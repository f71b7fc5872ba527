package org.govinbox.disclosure.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What can happen to a disclosure item, and the states each may happen in (the transition table, rule D2).
 * Actions that are not transitions (an edit, an attachment, a change of validity) leave the state as it is.
 */
public enum ItemAction {
    CREATE("创建草稿", Set.of()),
    EDIT("修改", EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW, ItemState.PUBLISHED)),
    ATTACH("添加附件", EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW, ItemState.PUBLISHED)),
    DETACH("删除附件", EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW)),
    REGISTER("规范性文件登记", EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW)),
    SUBMIT("送审", EnumSet.of(ItemState.DRAFT)),
    SEND_BACK("退回修改", EnumSet.of(ItemState.IN_REVIEW)),
    PUBLISH("发布", EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW)),
    WITHDRAW("撤回", EnumSet.of(ItemState.PUBLISHED)),
    EXPIRE("宣布失效", EnumSet.of(ItemState.PUBLISHED)),
    REPEAL("废止", EnumSet.of(ItemState.PUBLISHED)),
    AMEND("标记修改", EnumSet.of(ItemState.PUBLISHED)),
    REVIEW("清理审查", EnumSet.of(ItemState.PUBLISHED)),
    IMPORT("批量导入", Set.of());

    private final String label;
    private final Set<ItemState> allowedIn;

    ItemAction(String label, Set<ItemState> allowedIn) {
        this.label = label;
        this.allowedIn = allowedIn;
    }

    public String label() {
        return label;
    }

    public boolean allowedIn(ItemState state) {
        return allowedIn.contains(state);
    }

    /** The actions staff call by path: {@code publish}, {@code withdraw}, {@code send-back} … */
    public static Optional<ItemAction> fromPath(String path) {
        try {
            ItemAction action = valueOf(path.trim().replace('-', '_').toUpperCase(Locale.ROOT));
            return EnumSet.of(REGISTER, SUBMIT, SEND_BACK, PUBLISH, WITHDRAW, EXPIRE, REPEAL, AMEND).contains(action)
                    ? Optional.of(action) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
