import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { HeatmapChart as Heatmap } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([Heatmap, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export interface HeatmapProps {
  /** Column labels (behaviours). */
  columns: string[];
  /** Row labels (trainees). */
  rows: string[];
  /** levels[row][column], null = not yet rated. */
  levels: (number | null)[][];
  notRatedLabel: string;
  /** Accessible name of the picture (the table beside it carries the numbers). */
  label: string;
}

/** Trainees × behaviours as a heatmap (ECharts, tree-shaken core; loaded lazily by CohortMatrix). */
export default function HeatmapChart({ columns, rows, levels, notRatedLabel, label }: HeatmapProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    const data: [number, number, number | string][] = [];
    levels.forEach((row, y) => row.forEach((level, x) => data.push([x, y, level ?? '-'])));
    chart.setOption({
      animation: false,
      tooltip: {
        formatter: (params: { value: [number, number, number | string] }) => {
          const [x, y, value] = params.value;
          return `${rows[y]}<br/>${columns[x]}: ${value === '-' ? notRatedLabel : value}`;
        },
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: {
        type: 'category',
        data: columns,
        axisLabel: { rotate: 60, fontSize: 10, interval: 0 },
        splitArea: { show: true },
      },
      yAxis: { type: 'category', data: rows, inverse: true, splitArea: { show: true } },
      visualMap: {
        min: 0,
        max: 4,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        text: ['4', '0'],
        inRange: { color: ['#f1f3f5', '#a5d8ff', '#4dabf7', '#1c7ed6', '#0b3d91'] },
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: { show: true, fontSize: 11 },
          emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [columns, rows, levels, notRatedLabel]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', minWidth: 80 + columns.length * 44, height: Math.max(240, 140 + rows.length * 36) }}
    />
  );
}
