/**
 * `window.farsideDebug`: a read-only window into the running app for
 * monitoring a kiosk (DevTools on a staging machine, or a browser driver),
 * present in every build, not only in tests. It reads; it never changes state.
 *  - view(): the current view as an address fragment (assets/format/view.ts);
 *  - memory(): three.js GPU resource counts (renderer.info.memory) and the
 *    number of DOM elements, for watching a long-running kiosk for leaks;
 *  - frames(): frames rendered so far (renderer.info.render.frame): with
 *    frameloop="demand" it stands still while nothing moves;
 *  - moving(): whether the camera is in motion (between the controls' wake
 *    and sleep), so a monitor can tell a settling camera from an idle one;
 *  - idle(): the camera is not moving, no move asked for is under way and
 *    no frame is waiting to be drawn (a move wakes the camera only in its
 *    first frame).
 */
import { formatViewFragment } from '../../assets/format/view';
import { currentView } from '../view/currentView';
import { getSceneHandle } from '../export/sceneHandle';
import { movesPending, useNavigation } from '../state/navigation';

export type FarsideDebug = {
  view(): string;
  memory(): { geometries: number; textures: number; programs: number; domNodes: number };
  frames(): number;
  moving(): boolean;
  idle(): boolean;
};

declare global {
  interface Window {
    farsideDebug?: FarsideDebug;
  }
}

window.farsideDebug = Object.freeze({
  view: () => formatViewFragment(currentView()),
  memory: () => {
    // The canvas lends its renderer through the one scene handle (renderer/scene/SceneHandle.tsx).
    const renderer = getSceneHandle()?.gl;
    return {
      geometries: renderer?.info.memory.geometries ?? 0,
      textures: renderer?.info.memory.textures ?? 0,
      programs: renderer?.info.programs?.length ?? 0,
      domNodes: document.getElementsByTagName('*').length,
    };
  },
  frames: () => getSceneHandle()?.gl.info.render.frame ?? 0,
  moving: () => useNavigation.getState().moving,
  idle: () =>
    !useNavigation.getState().moving &&
    !movesPending() &&
    !(getSceneHandle()?.framePending() ?? false),
});
