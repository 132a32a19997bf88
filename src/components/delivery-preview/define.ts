import { defineElement } from '../shared/define.js';
import { DeliveryPreview } from './delivery-preview.js';

export { DeliveryPreview };

defineElement('delivery-preview', DeliveryPreview);
