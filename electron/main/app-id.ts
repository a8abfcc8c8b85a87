/** Must equal `appId` in electron-builder.yml (Windows ties taskbar grouping and jump lists to it). */
export const APP_ID = 'se.kpdrafter.app';
