'use strict';
document.addEventListener('DOMContentLoaded', () => I18n.load());
