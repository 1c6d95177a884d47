import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { TreeChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { LineageNode } from './lineage-tree';

echarts.use([TreeChart, TooltipComponent, SVGRenderer]);

export interface LineageChartProps {
  roots: LineageNode[];
  /** The person asked about (highlighted) */
  userId: string;
  /** Text under a name: generation and mentees certified */
  describe: (node: LineageNode) => string;
  /** Accessible name of the picture (the nested list beside it carries the same content) */
  label: string;
}

interface TreeDatum {
  name: string;
  value: string;
  children: TreeDatum[];
  itemStyle?: { color: string; borderColor: string };
  label?: { fontWeight: 'bold' };
}

/** The mentor lineage as a top-down tree (ECharts tree series, loaded lazily). */
export default function LineageChart({ roots, userId, describe, label }: LineageChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const depth = (nodes: LineageNode[]): number =>
    nodes.length ? 1 + Math.max(...nodes.map((n) => depth(n.children))) : 0;
  const levels = depth(roots);

  useEffect(() => {
    if (!element.current) return;
    const toDatum = (node: LineageNode): TreeDatum => ({
      name: node.member.displayName,
      value: describe(node),
      children: node.children.map(toDatum),
      ...(node.member.userId === userId
        ? { itemStyle: { color: '#1c7ed6', borderColor: '#1864ab' }, label: { fontWeight: 'bold' as const } }
        : {}),
    });
    const data = roots.length === 1 ? toDatum(roots[0]) : { name: '', value: '', children: roots.map(toDatum) };
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: (p: { name: string; value: string }) => `${p.name}<br/>${p.value}` },
      series: [
        {
          type: 'tree',
          orient: 'TB',
          data: [data],
          top: roots.length === 1 ? 40 : 0,
          bottom: 60,
          left: 40,
          right: 40,
          symbolSize: 16,
          expandAndCollapse: false,
          initialTreeDepth: -1,
          itemStyle: { color: '#fff', borderColor: '#1c7ed6', borderWidth: 2 },
          lineStyle: { color: '#868e96', width: 1.5 },
          label: {
            position: 'bottom',
            distance: 10,
            backgroundColor: '#fff',
            padding: [2, 4],
            lineHeight: 16,
            fontSize: 12,
            color: '#212529',
            formatter: (p: { name: string; value: string }) => (p.name ? `${p.name}\n${p.value}` : ''),
          },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [roots, userId, describe]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      data-testid="lineage-chart"
      style={{ width: '100%', height: Math.max(220, levels * 120 + (roots.length > 1 ? 60 : 0)) }}
    />
  );
}
