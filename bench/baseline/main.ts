/**
 * The benchmark's baseline: the Moon as a developer would write it with plain
 * three.js and no React. Same pack files over the same server, same sphere
 * (256 × 128 segments), same material, light and camera as Farside's default
 * view; the renderer is created first, then the files are fetched (the usual
 * order of such code). It signals drawn frames exactly as Farside does:
 * `performance.mark('moon:drawn', { detail: { colorWidth } })` after the
 * first frame with each color level has finished on the GPU.
 */
import {
  AmbientLight,
  BufferAttribute,
  BufferGeometry,
  DirectionalLight,
  Mesh,
  MeshStandardMaterial,
  NoToneMapping,
  PerspectiveCamera,
  Scene,
  Sphere,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Texture,
} from 'three';
import type { PackManifest } from '../../assets/format/manifest';
import { MOON_RADIUS_M } from '../../assets/format/georef';
import { buildSphereArrays } from '../../renderer/geo/sphere';
import {
  bestColorLevel,
  decodeElevationLayer,
  decodeImageTexture,
} from '../../renderer/pack/layers';

const EXAGGERATION = 3;
const DISTANCE = 4.2;

const renderer = new WebGLRenderer({ antialias: false, powerPreference: 'high-performance' });
renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
renderer.setSize(window.innerWidth, window.innerHeight);
renderer.toneMapping = NoToneMapping;
document.body.appendChild(renderer.domElement);

const scene = new Scene();
const camera = new PerspectiveCamera(35, window.innerWidth / window.innerHeight, 0.01, 100);
camera.position.set(0, 0, DISTANCE);
scene.add(new AmbientLight(0xffffff, 0.28));
const sun = new DirectionalLight(0xffffff, 3.8);
sun.position.set(-0.8, 0.5, 0.33).normalize().multiplyScalar(10);
scene.add(sun);

const arrays = buildSphereArrays(256, 128);
const geometry = new BufferGeometry();
geometry.setAttribute('position', new BufferAttribute(arrays.positions, 3));
geometry.setAttribute('normal', new BufferAttribute(arrays.normals, 3));
geometry.setAttribute('uv', new BufferAttribute(arrays.uvs, 2));
geometry.setIndex(new BufferAttribute(arrays.indices, 1));
geometry.boundingSphere = new Sphere(new Vector3(), 1 + (11_000 * 10) / MOON_RADIUS_M);

let globe: Mesh | null = null;
let dirty = false;
let signalledWidth = 0;

function frame(): void {
  dirty = false;
  renderer.render(scene, camera);
  const map = (globe?.material as MeshStandardMaterial | undefined)?.map;
  const width = (map?.image as { width?: number } | undefined)?.width ?? 0;
  if (width && width !== signalledWidth) {
    signalledWidth = width;
    renderer.getContext().finish();
    performance.mark('moon:drawn', { detail: { colorWidth: width } });
  }
}

function draw(): void {
  if (dirty) return;
  dirty = true;
  requestAnimationFrame(frame);
}

async function get(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.arrayBuffer();
}

async function load(): Promise<void> {
  const manifest = (await (await fetch('pack/manifest.json')).json()) as PackManifest;
  const small = manifest.color.levels[0]!;
  const best = bestColorLevel(manifest.color.levels, renderer.capabilities.maxTextureSize);
  const anisotropy = Math.min(8, renderer.capabilities.getMaxAnisotropy());
  const bestBuf = best === small ? null : get(`pack/${best.file}`);
  const [colorBuf, demBuf, normalBuf] = await Promise.all([
    get(`pack/${small.file}`),
    get(`pack/${manifest.elevation.file}`),
    get(`pack/${manifest.normal.file}`),
  ]);
  const [color, normal] = await Promise.all([
    decodeImageTexture(colorBuf, small.mime, small.file, true, anisotropy),
    decodeImageTexture(normalBuf, manifest.normal.mime, manifest.normal.file, false, anisotropy),
  ]);
  const dem = decodeElevationLayer(demBuf, manifest.elevation);
  const k = EXAGGERATION / manifest.normal.exaggeration;
  const material = new MeshStandardMaterial({
    map: color,
    normalMap: normal,
    normalScale: new Vector2(k, k),
    displacementMap: dem.texture,
    displacementScale: EXAGGERATION / MOON_RADIUS_M,
    roughness: 1,
    metalness: 0,
  });
  globe = new Mesh(geometry, material);
  scene.add(globe);
  draw();
  if (!bestBuf) return;
  const bestTex: Texture = await decodeImageTexture(
    await bestBuf,
    best.mime,
    best.file,
    true,
    anisotropy,
  );
  material.map = bestTex;
  color.dispose();
  draw();
}

// Drag to turn, as a user of such a page would add.
let last: Vector2 | null = null;
renderer.domElement.addEventListener('pointerdown', (e) => {
  last = new Vector2(e.clientX, e.clientY);
  renderer.domElement.setPointerCapture(e.pointerId);
});
renderer.domElement.addEventListener('pointermove', (e) => {
  if (!last || !globe) return;
  globe.rotation.y += (e.clientX - last.x) * 0.005;
  globe.rotation.x += (e.clientY - last.y) * 0.005;
  last.set(e.clientX, e.clientY);
  draw();
});
renderer.domElement.addEventListener('pointerup', () => (last = null));
window.addEventListener('resize', () => {
  camera.aspect = window.innerWidth / window.innerHeight;
  camera.updateProjectionMatrix();
  renderer.setSize(window.innerWidth, window.innerHeight);
  draw();
});

load().catch((error: unknown) => {
  document.body.textContent = String(error);
});
