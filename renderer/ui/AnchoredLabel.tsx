import { useEffect, useRef, type ReactNode } from 'react';
import { registerLabel } from '../scene/labelRegistry';

export interface AnchoredLabelProps {
  id: string;
  latDeg: number;
  lonDeg: number;
  priority: number;
  align: 'pin' | 'center';
  className: string;
  /** Makes the label a button (keyboard-reachable) when given. */
  onActivate?: () => void;
  title?: string;
  children: ReactNode;
}

/**
 * A DOM label pinned to a place on the Moon; the scene's <LabelLayout>
 * moves it, hides it behind the limb, and resolves overlaps.
 *
 * @example <AnchoredLabel id="apollo-11" latDeg={0.674} lonDeg={23.473} priority={2} align="pin" className="site-label">Apollo 11</AnchoredLabel>
 */
export function AnchoredLabel({
  id,
  latDeg,
  lonDeg,
  priority,
  align,
  className,
  onActivate,
  title,
  children,
}: AnchoredLabelProps) {
  const ref = useRef<HTMLButtonElement & HTMLSpanElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    registerLabel(id, {
      el,
      latDeg,
      lonDeg,
      liftM: 0,
      priority,
      align,
      screenX: 0,
      screenY: 0,
      facing: false,
      width: 0,
      height: 0,
    });
    return () => registerLabel(id, null);
  }, [id, latDeg, lonDeg, priority, align]);
  return onActivate ? (
    <button
      ref={ref}
      type="button"
      className={className}
      onClick={onActivate}
      title={title}
      data-label-id={id}
    >
      {children}
    </button>
  ) : (
    <span ref={ref} className={className} data-label-id={id} aria-hidden="true">
      {children}
    </span>
  );
}
