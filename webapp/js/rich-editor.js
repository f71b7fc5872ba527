/*
 * The publishers' rich-text editor: TinyMCE 6 (MIT, from its webjar at /vendor/tinymce) on a textarea, so that an
 * item's body or the guide is written like a document — headings, lists, tables, links — and never typed as HTML.
 * Paste from Word keeps paragraphs and tables (TinyMCE reads the clipboard's HTML); what is saved is sanitised on
 * the server as before (HtmlSafety). Without the editor (a script blocked) the textarea stays usable as it is.
 */
'use strict';
const RichEditor = (() => {
  /** Chinese for the parts of TinyMCE's interface this configuration shows (the community build has English only). */
  const ZH = {
    Undo: '撤销', Redo: '重做', Bold: '加粗', Italic: '倾斜', Underline: '下划线', Blocks: '段落格式',
    Paragraph: '正文', 'Heading 1': '一级标题', 'Heading 2': '二级标题', 'Heading 3': '三级标题', 'Heading 4': '四级标题',
    'Align left': '左对齐', 'Align center': '居中', 'Align right': '右对齐', Justify: '两端对齐',
    'Bullet list': '项目符号', 'Numbered list': '编号', 'Decrease indent': '减少缩进', 'Increase indent': '增加缩进',
    Table: '表格', 'Insert table': '插入表格', 'Table properties': '表格属性', 'Delete table': '删除表格',
    Row: '行', Column: '列', Cell: '单元格', 'Insert row before': '在上方插入行', 'Insert row after': '在下方插入行',
    'Delete row': '删除行', 'Insert column before': '在左侧插入列', 'Insert column after': '在右侧插入列',
    'Delete column': '删除列', 'Merge cells': '合并单元格', 'Split cell': '拆分单元格', 'Insert/edit link': '插入/编辑链接',
    Link: '链接', URL: '网址', 'Text to display': '显示文字', Title: '标题', 'Open link in...': '打开方式',
    'Current window': '当前窗口', 'New window': '新窗口', 'Remove link': '删除链接', Save: '确定', Cancel: '取消',
    'Clear formatting': '清除格式', 'Rich Text Area': '正文编辑区', 'Rich Text Area. Press ALT-0 for help.': '正文编辑区，按 ALT-0 获取帮助',
    'Press {0} for help': '按 {0} 获取帮助', Close: '关闭', General: '常规', Advanced: '高级', Width: '宽度', Height: '高度',
    Rows: '行数', Cols: '列数', Caption: '标题行', Border: '边框', 'Header row': '表头行', 'Header cell': '表头单元格',
    'Cell properties': '单元格属性', 'Row properties': '行属性', 'Table row properties': '行属性', 'More...': '更多…',
    'Reveal or hide additional toolbar items': '显示或隐藏更多工具', 'Text color': '文字颜色', 'Word count': '字数',
  };

  let translated = false;

  /**
   * Puts the editor on this textarea once the page shows it (forms are built before they are added to the page);
   * editors of textareas no longer on the page are removed first. Answers the textarea.
   */
  function attach(textarea, onInput) {
    if (!window.tinymce) return textarea;
    if (!translated) {
      window.tinymce.addI18n('zh_CN', ZH);
      translated = true;
    }
    const start = (frames) => {
      if (!textarea.isConnected) {
        if (frames > 0) window.requestAnimationFrame(() => start(frames - 1));
        return;
      }
      window.tinymce.get().filter((editor) => !editor.getElement().isConnected).forEach((editor) => editor.remove());
      init(textarea, onInput);
    };
    start(120);
    return textarea;
  }

  function init(textarea, onInput) {
    window.tinymce.init({
      target: textarea,
      base_url: '/vendor/tinymce',
      suffix: '.min',
      language: I18n.lang === 'en' ? 'en' : 'zh_CN',
      menubar: false,
      branding: false,
      promotion: false,
      statusbar: false,
      height: 420,
      plugins: 'lists table link autolink',
      toolbar: 'undo redo | blocks | bold italic underline | alignleft aligncenter alignright | bullist numlist outdent indent | table link | removeformat',
      block_formats: '正文=p; 一级标题=h2; 二级标题=h3; 三级标题=h4',
      table_toolbar: 'tableprops tabledelete | tableinsertrowbefore tableinsertrowafter tabledeleterow | tableinsertcolbefore tableinsertcolafter tabledeletecol',
      // what the server keeps anyway: no pasted images as data, no styles or classes from Word
      paste_data_images: false,
      paste_webkit_styles: 'none',
      paste_remove_styles_if_webkit: true,
      invalid_styles: 'font-family font-size line-height color background background-color margin mso-*',
      valid_classes: '',
      convert_urls: false,
      content_css: '/vendor/tinymce/skins/content/default/content.min.css',
      setup: (editor) => {
        editor.on('input change undo redo SetContent', () => {
          editor.save();
          if (onInput) onInput(textarea.value);
        });
      },
    });
  }

  /** Writes every editor's content back to its textarea (before a form is read). */
  function save() {
    if (window.tinymce) window.tinymce.triggerSave();
  }

  return { attach, save };
})();
