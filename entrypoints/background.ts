import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  console.info('[assay] background ready');
});
