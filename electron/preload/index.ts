import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// The page gets exactly window.kp = { invoke, on } and nothing else from this world.
contextBridge.exposeInMainWorld('kp', createBridge(ipcRenderer));
