/**
 * The panel header's heat-overlay switches: the overlay itself, and (when runs are selected) colouring by
 * measured time instead of the estimate.
 */
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';

/** The host's overlay state (the overlay is painted by the host on its canvas). */
export interface HeatOverlaySetting {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
  /** Colour by measured time (estimate where a node has none). Shown when `onMeasuredChange` is given. */
  measured?: boolean;
  onMeasuredChange?: (measured: boolean) => void;
}

export interface HeatOverlaySwitchesProps {
  heatOverlay: HeatOverlaySetting;
  /** Measured runs are selected, so the measured option means something. */
  canMeasure: boolean;
}

const labelSx = { pt: 0.5, mr: 0 } as const;

export function HeatOverlaySwitches({ heatOverlay, canMeasure }: HeatOverlaySwitchesProps) {
  const { onMeasuredChange } = heatOverlay;
  return (
    <>
      <FormControlLabel
        sx={labelSx}
        control={
          <Switch
            size="small"
            checked={heatOverlay.enabled}
            onChange={(_, checked) => heatOverlay.onChange(checked)}
          />
        }
        label="Heat overlay"
      />
      {onMeasuredChange && canMeasure && (
        <FormControlLabel
          sx={labelSx}
          control={
            <Switch
              size="small"
              checked={heatOverlay.measured ?? false}
              disabled={!heatOverlay.enabled}
              onChange={(_, checked) => onMeasuredChange(checked)}
            />
          }
          label="Colour by measured time"
        />
      )}
    </>
  );
}
